"""The shared-screen window and what it shows."""
