"""Start Workshop Studio from a source checkout: ``python main.py [options]``."""

from workshop_studio.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
