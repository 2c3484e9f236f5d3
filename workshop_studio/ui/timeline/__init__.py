"""The annotated timeline: scene, items and view."""
