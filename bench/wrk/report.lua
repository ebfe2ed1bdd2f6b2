-- Shared by the benchmark's wrk scripts: appends one line of figures to $BENCH_OUT when a run ends:
-- name|requests|seconds|requests per second|p50 ms|p95 ms|p99 ms|errors (non-2xx, connect, read, write, timeout)
local report = {}

function report.done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local errors = summary.errors.status + summary.errors.connect + summary.errors.read
      + summary.errors.write + summary.errors.timeout
  local line = string.format("%s|%d|%.1f|%.1f|%.2f|%.2f|%.2f|%d\n", os.getenv("BENCH_NAME") or "run",
      summary.requests, seconds, summary.requests / seconds, latency:percentile(50) / 1000,
      latency:percentile(95) / 1000, latency:percentile(99) / 1000, errors)
  local out = io.open(os.getenv("BENCH_OUT") or "/dev/stdout", "a")
  out:write(line)
  out:close()
end

function report.urlencode(text)
  return (text:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

return report
