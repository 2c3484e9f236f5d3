"""SQLAlchemy storage: engine set up for SQLite on purpose, typed models, migrations, backups."""
