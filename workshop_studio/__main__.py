from workshop_studio.cli import main

raise SystemExit(main())
