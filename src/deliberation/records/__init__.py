"""Plain domain records: what the layers above pass around, no database and no Qt."""
