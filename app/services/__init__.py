"""The application's services, one per area, composed by ``app.workstation.Workstation``.

Each is a plain class taking its dependencies in its constructor (see ``base.Service``);
the GUI and the CLI reach them as ``ws.orders``, ``ws.printing``, ``ws.bench`` ….
"""
