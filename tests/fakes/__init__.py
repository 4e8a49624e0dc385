"""Hand-written stand-ins for hardware and remote services, shared by the tests and the demo."""
