import static java.nio.charset.StandardCharsets.UTF_8;

import com.sun.tools.attach.VirtualMachine;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import javax.management.Attribute;
import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

/**
 * Switches a running demo-app's flag evaluation on or off over local JMX (attach API, no network
 * port): {@code java bench/demo-app/FlagsSwitch.java PID true|false} prints the new value. With
 * only the PID it reads one {@code true} or {@code false} per line from stdin and answers each with
 * the new value, so a benchmark can switch many times without starting a JVM each time.
 */
public final class FlagsSwitch {
  private FlagsSwitch() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 1 || args.length > 2 || (args.length == 2 && !args[1].matches("true|false"))) {
      System.err.println("usage: java FlagsSwitch.java PID [true|false]");
      System.exit(2);
    }
    VirtualMachine vm = VirtualMachine.attach(args[0]);
    String address;
    try {
      address = vm.startLocalManagementAgent();
    } finally {
      vm.detach();
    }
    try (JMXConnector connector = JMXConnectorFactory.connect(new JMXServiceURL(address))) {
      MBeanServerConnection server = connector.getMBeanServerConnection();
      ObjectName flags = new ObjectName("dev.tollgate.demo:type=FeatureFlags");
      if (args.length == 2) {
        server.setAttribute(flags, new Attribute("Evaluating", Boolean.parseBoolean(args[1])));
        System.out.println(server.getAttribute(flags, "Evaluating"));
        return;
      }
      BufferedReader in = new BufferedReader(new InputStreamReader(System.in, UTF_8));
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        server.setAttribute(flags, new Attribute("Evaluating", Boolean.parseBoolean(line.trim())));
        System.out.println(server.getAttribute(flags, "Evaluating"));
        System.out.flush();
      }
    }
  }
}
