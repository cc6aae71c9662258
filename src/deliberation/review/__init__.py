"""Reading back the Word files participants return: comments, tracked changes, edits."""
