"""Operating the service: Prometheus metrics and OpenTelemetry traces."""
