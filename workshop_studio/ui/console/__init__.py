"""The facilitator's main window and its pages."""
