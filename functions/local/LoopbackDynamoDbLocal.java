// Starts Amazon's DynamoDB Local bound to 127.0.0.1 only, and ends it with the process that started it.
//
// The jar's own command line has no bind-address flag: its server listens on every interface, without
// authentication. This launcher (run by Java's single-file source mode, with the jar on the class path) builds
// the same server from the same arguments, sets its one connector's host to 127.0.0.1 before starting it, and
// exits when its parent dies, even by SIGKILL (which runs no handler in the parent): it watches the parent's
// pid and its own stdin, whose pipe the kernel closes when the parent is gone. Reflection keeps it free of
// compile-time dependencies on the jar's internals.
import java.lang.reflect.Field;

public class LoopbackDynamoDbLocal {
  public static void main(String[] args) throws Exception {
    watchParent(Long.parseLong(System.getProperty("parentPid", "0")));
    Object proxy = Class.forName("software.amazon.dynamodb.services.local.main.ServerRunner")
        .getMethod("createServerFromCommandLineArgs", String[].class)
        .invoke(null, (Object) args);
    Field field = proxy.getClass().getDeclaredField("server");
    field.setAccessible(true);
    Object jetty = field.get(proxy);
    Object[] connectors = (Object[]) jetty.getClass().getMethod("getConnectors").invoke(jetty);
    if (connectors.length == 0) throw new IllegalStateException("DynamoDB Local has no connector to bind");
    for (Object connector : connectors) {
      connector.getClass().getMethod("setHost", String.class).invoke(connector, "127.0.0.1");
    }
    proxy.getClass().getMethod("start").invoke(proxy);
    System.out.println("DynamoDB Local listening on 127.0.0.1 only");
  }

  private static void watchParent(long parentPid) {
    Thread stdin = new Thread(() -> {
      try {
        while (System.in.read() != -1) {
          // nothing is ever written: end of file means the parent closed the pipe or died
        }
      } catch (java.io.IOException e) {
        // a broken pipe says the same
      }
      System.exit(0);
    }, "parent-stdin-watch");
    stdin.setDaemon(true);
    stdin.start();
    if (parentPid > 0) {
      ProcessHandle.of(parentPid).ifPresentOrElse(
          parent -> parent.onExit().thenRun(() -> System.exit(0)),
          () -> System.exit(0));
    }
  }
}
