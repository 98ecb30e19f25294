package io.github.vertxsqlite.quarkus.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.builder.BuildChainBuilder;
import io.quarkus.builder.BuildContext;
import io.quarkus.builder.BuildStep;
import io.quarkus.deployment.builditem.FeatureBuildItem;
import io.quarkus.deployment.builditem.nativeimage.ServiceProviderBuildItem;
import io.quarkus.test.QuarkusUnitTest;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The driver is registered for ServiceLoader in native images; the build records what it saw in a system property. */
class DriverRegistrationTest {

  static final String SEEN = "vertxsqlite.test.driver-providers";

  @RegisterExtension
  static final QuarkusUnitTest app = new QuarkusUnitTest()
      .withEmptyApplication()
      .overrideConfigKey("quarkus.datasource.reactive.url", "sqlite::memory:")
      .addBuildChainCustomizer(DriverRegistrationTest::recordDriverProviders);

  static void recordDriverProviders(BuildChainBuilder chain) {
    chain.addBuildStep(new BuildStep() {
      @Override
      public void execute(BuildContext context) {
        List<ServiceProviderBuildItem> items = context.consumeMulti(ServiceProviderBuildItem.class);
        System.setProperty(SEEN, items.stream()
            .filter(i -> i.serviceDescriptorFile().equals("META-INF/services/io.vertx.sqlclient.spi.Driver"))
            .flatMap(i -> i.providers().stream())
            .collect(Collectors.joining(",")));
        context.produce(new FeatureBuildItem("driver-registration-probe"));
      }
    }).consumes(ServiceProviderBuildItem.class).produces(FeatureBuildItem.class).build();
  }

  @Test
  void sqliteDriverIsAServiceProvider() {
    assertEquals("io.vertx.sqliteclient.spi.SqliteDriver", System.getProperty(SEEN));
  }
}
