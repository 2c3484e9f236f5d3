"""Use cases. Each function takes the caller's Session (the caller owns the transaction)."""
