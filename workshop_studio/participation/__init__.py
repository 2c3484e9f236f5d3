"""Participation: phones on the room's local network write notes and vote.

The laptop serves a small French page and its JSON API (``static/``, ``app.py``) from the
standard library's threaded HTTP server (``server.py``), on the one interface the facilitator
chose. Notes are stored through ``services/notes.py``, each write its own committed
transaction (``store.py``). The live state of the room (phones, the current step, the vote
round, the moderation setting) is kept in memory (``room.py``): it belongs to this session
of the workshop, not to the data.

No PySide6 here: ``workshop-studio serve`` and the console start this very same server; the
console only listens to the events it reports (``events.py``).
"""
