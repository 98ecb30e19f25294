package io.github.vertxsqlite.quarkus.deployment;

import io.quarkus.runtime.configuration.ConfigurationException;

/** Reading what a failed start-up threw. */
final class StartupFailures {

  private StartupFailures() {
  }

  /**
   * The ConfigurationException in the cause chain. Matched by name: it was thrown by the application's class loader,
   * so it is not an instance of the test's copy of the class.
   */
  static Throwable find(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c.getClass().getName().equals(ConfigurationException.class.getName())) {
        return c;
      }
    }
    return null;
  }

  /** The configuration keys a ConfigurationException names (read reflectively, for the same reason). */
  static Object configKeys(Throwable configurationException) {
    try {
      return configurationException.getClass().getMethod("getConfigKeys").invoke(configurationException);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  static String describe(Throwable t) {
    StringBuilder b = new StringBuilder();
    for (Throwable c = t; c != null; c = c.getCause()) {
      b.append(c).append('\n');
      for (Throwable s : c.getSuppressed()) {
        b.append("  suppressed: ").append(s).append('\n');
      }
    }
    return b.toString();
  }
}
