"""Pictures as printing and the screen draw them, with no Qt and no database: SVG pictograms
converted to vector PDF, the font files text is set in, photos brought to print size.

Below ``interchange`` (which tries a pictogram at intake), ``export`` (which prints it) and
``ui`` (which shows it), so the three draw from the same converted form.
"""
