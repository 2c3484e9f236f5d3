"""Plain-Python vocabulary of the workshop: kinds, roles, sizes, colours and rules."""
