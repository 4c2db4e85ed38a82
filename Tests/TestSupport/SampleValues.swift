/// values.env files the wizard's tests start from.
public enum SampleValues {
    /// An external install on nap.acme.com with Contour, plus a key of the operator's own
    /// that every write must keep.
    public static let external = """
        # site values
        INGRESS_MODE=external
        TOS_HOST=nap.acme.com
        SANDBOX_DOMAIN=sandbox.nap.acme.com
        INGRESS_CONTROLLER=contour
        INGRESS_ENTRY=203.0.113.10
        MY_OWN_KEY=kept

        """
}
