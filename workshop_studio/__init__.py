"""Workshop Studio: cards, pictograms, scenarios and the recruitment follow-up timeline on one shared screen."""

__version__ = "0.1.0"
