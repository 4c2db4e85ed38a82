import IngressCore

/// verify's probes: each reaches the live install from outside with a bounded timeout and
/// returns plain observations or matrix cells for the core to judge and the fronts to show.
public enum Probes {}
