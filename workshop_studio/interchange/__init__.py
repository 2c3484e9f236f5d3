"""Files in and out: deck spreadsheets and JSON, workshop archives, pictogram intake."""
