import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes N Kubernetes documents of mixed kinds (Deployment, Service, ConfigMap, Rollout,
 * AnalysisTemplate, ServiceMonitor, HPA, PDB, Application, Ingress), five per file, for the
 * tollgate check throughput benchmark. Usage: java GenerateManifests.java OUT_DIR [N]
 */
public class GenerateManifests {
  public static void main(String[] args) throws IOException {
    Path out = Path.of(args[0]);
    int documents = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
    for (int file = 0; file * 5 < documents; file++) {
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < 5 && file * 5 + i < documents; i++) {
        int n = file * 5 + i;
        text.append("---\n").append(document(n));
      }
      Path path = out.resolve("team-" + (file % 50)).resolve("app-" + file + ".yaml");
      Files.createDirectories(path.getParent());
      Files.writeString(path, text);
    }
  }

  static String document(int n) {
    String name = "app-" + n;
    String container =
        """
              containers:
                - name: app
                  image: ghcr.io/example/%s:1.%d.0
                  ports: [{name: http, containerPort: 8080}]
                  resources: {requests: {cpu: 100m, memory: 128Mi}, limits: {memory: 128Mi}}
                  readinessProbe: {httpGet: {path: /ready, port: http}}
                  securityContext:
                    runAsNonRoot: true
                    runAsUser: 10001
                    runAsGroup: 10001
                    readOnlyRootFilesystem: true
                    allowPrivilegeEscalation: false
                    capabilities: {drop: [ALL]}
        """
            .formatted(name, n % 10);
    return switch (n % 10) {
      case 0 -> """
          apiVersion: apps/v1
          kind: Deployment
          metadata: {name: %s, namespace: demo, labels: {app: %s}}
          spec:
            replicas: 1
            selector: {matchLabels: {app: %s}}
            template:
              metadata: {labels: {app: %s}}
              spec:
          %s""".formatted(name, name, name, name, container);
      case 1 -> """
          apiVersion: v1
          kind: Service
          metadata: {name: %s, namespace: demo}
          spec:
            selector: {app: %s}
            ports: [{name: http, port: 80, targetPort: http}]
          """.formatted(name, "app-" + (n - 1));
      case 2 -> """
          apiVersion: v1
          kind: ConfigMap
          metadata: {name: %s, namespace: demo}
          data:
            LOG_LEVEL: info
            FEATURE_X: "on"
          """.formatted(name);
      case 3 -> """
          apiVersion: argoproj.io/v1alpha1
          kind: Rollout
          metadata: {name: %s, namespace: demo}
          spec:
            replicas: 1
            selector: {matchLabels: {app: %s}}
            template:
              metadata: {labels: {app: %s}}
              spec:
          %s  strategy:
              canary:
                steps:
                  - setWeight: 20
                  - pause: {duration: 1m}
                  - setWeight: 50
                  - pause: {duration: 5m}
          """.formatted(name, name, name, container);
      case 4 -> """
          apiVersion: argoproj.io/v1alpha1
          kind: AnalysisTemplate
          metadata: {name: %s, namespace: demo}
          spec:
            args: [{name: service}]
            metrics:
              - name: error-rate
                interval: 1m
                count: 5
                failureLimit: 1
                successCondition: result[0] < 0.01
                provider:
                  prometheus:
                    address: http://prometheus.monitoring:9090
                    query: sum(rate(http_requests_total{service="{{args.service}}",code=~"5.."}[2m])) / sum(rate(http_requests_total{service="{{args.service}}"}[2m]))
          """.formatted(name);
      case 5 -> """
          apiVersion: monitoring.coreos.com/v1
          kind: ServiceMonitor
          metadata: {name: %s, namespace: demo}
          spec:
            selector: {matchLabels: {app: %s}}
            endpoints: [{port: http, path: /metrics, interval: 15s}]
          """.formatted(name, name);
      case 6 -> """
          apiVersion: autoscaling/v2
          kind: HorizontalPodAutoscaler
          metadata: {name: %s, namespace: demo}
          spec:
            scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: %s}
            minReplicas: 2
            maxReplicas: 5
            metrics:
              - type: Resource
                resource: {name: cpu, target: {type: Utilization, averageUtilization: 70}}
          """.formatted(name, "app-" + (n - 6));
      case 7 -> """
          apiVersion: policy/v1
          kind: PodDisruptionBudget
          metadata: {name: %s, namespace: demo}
          spec:
            maxUnavailable: 1
            selector: {matchLabels: {app: %s}}
          """.formatted(name, "app-" + (n - 7));
      case 8 -> """
          apiVersion: argoproj.io/v1alpha1
          kind: Application
          metadata: {name: %s, namespace: argocd}
          spec:
            project: default
            source: {repoURL: https://github.com/example/repo.git, path: apps/%s, targetRevision: main}
            destination: {server: https://kubernetes.default.svc, namespace: demo}
            syncPolicy: {automated: {prune: true, selfHeal: true}}
          """.formatted(name, name);
      default -> """
          apiVersion: networking.k8s.io/v1
          kind: Ingress
          metadata: {name: %s, namespace: demo}
          spec:
            ingressClassName: nginx
            rules:
              - host: %s.example.com
                http:
                  paths:
                    - path: /
                      pathType: Prefix
                      backend: {service: {name: %s, port: {name: http}}}
          """.formatted(name, name, "app-" + (n - 8));
    };
  }
}
