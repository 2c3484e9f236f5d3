"""Card, deck, pictogram and scenario editors."""
