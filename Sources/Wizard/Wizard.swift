// Placeholder until the wizard lands.
public enum WizardPlaceholder {}
