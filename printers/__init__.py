"""Label rendering (pure: data -> printer bytes) and device transports.

No Qt, no database, no `app` imports here: renderers stay pure functions and
transports are the only code that touches a device.
"""
