"""Reading back the Word files participants return, and matching them with the text sent."""
