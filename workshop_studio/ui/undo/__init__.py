"""Undoable commands: ``QUndoCommand`` subclasses that change data through services.

One module per area (``agenda``, and the library editors' own). A command's ``redo()`` calls
a service in one write transaction and then tells the workspace what changed; the views
redraw from data (ARCHITECTURE.md, habit 3). A command keeps ids and the services' edit
records or snapshots, never ORM rows.
"""
