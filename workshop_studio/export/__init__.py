"""Layout arithmetic in millimetres, and the reportlab painters that draw it."""
