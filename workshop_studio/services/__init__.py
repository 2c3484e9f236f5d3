"""Use cases. Each function takes the caller's Session (the caller owns the transaction).

Authoring (the library editors' undoable commands call these; each module's docstring or
header comment says how to undo each edit):

* ``library``: decks; ``cards``: cards in a deck; ``pictograms``: the pictogram library;
  ``scenarios``, ``timelines`` (templates), ``matrices``.
* ``edits``: what an update or a reorder returns (``FieldEdit``, ``OrderEdit``, ``UNSET``);
  ``snapshots``: what a deletion returns, for its ``restore_…``;
  ``links``/``card_refs``: ordered link lists and everything that points at a card;
  ``naming``: slugs and unique names.
"""
