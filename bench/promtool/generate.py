#!/usr/bin/env python3
"""Writes the spec §7.3 rule unit-test workload: 1,040 series x 1,441 samples, 3 rules.

10 jobs x 100 instances of req_total (0+(i+1)x1440), 10 jobs x 4 classic buckets of lat_bucket
(0+{1,5,9,10}x1440), interval 1m; two recording rules and one alert; tests at eval_time 24h (so
1,441 evaluation steps). Usage: generate.py OUT_DIR [EVAL_TIME]
"""
import os
import sys

out = sys.argv[1] if len(sys.argv) > 1 else "."
eval_time = sys.argv[2] if len(sys.argv) > 2 else "24h"
os.makedirs(out, exist_ok=True)

with open(os.path.join(out, "rules.yml"), "w") as f:
    f.write("""groups:
  - name: workload
    rules:
      - record: job:req:rate5m
        expr: sum by (job) (rate(req_total[5m]))
      - record: job:lat:p99
        expr: histogram_quantile(0.99, sum by (job, le) (rate(lat_bucket[5m])))
      - alert: High
        expr: job:req:rate5m > 1e9
        for: 5m
""")

with open(os.path.join(out, "test.yml"), "w") as f:
    f.write("rule_files: [rules.yml]\nevaluation_interval: 1m\ntests:\n  - interval: 1m\n    input_series:\n")
    for j in range(10):
        for i in range(100):
            f.write(f"      - series: 'req_total{{job=\"j{j}\", instance=\"i{i}\"}}'\n")
            f.write(f"        values: '0+{i + 1}x1440'\n")
        for le, inc in (("0.1", 1), ("0.5", 5), ("1", 9), ("+Inf", 10)):
            f.write(f"      - series: 'lat_bucket{{job=\"j{j}\", le=\"{le}\"}}'\n")
            f.write(f"        values: '0+{inc}x1440'\n")
    f.write(f"""    alert_rule_test:
      - eval_time: {eval_time}
        alertname: High
    promql_expr_test:
      - expr: count(job:req:rate5m)
        eval_time: {eval_time}
        exp_samples:
          - labels: '{{}}'
            value: 10
""")
