"""Documents written for people outside the app: Word files, calendars, spreadsheets."""
