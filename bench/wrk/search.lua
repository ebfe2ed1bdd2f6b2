-- GET /api/v1/feedback?q=…: staff search with a personal API token, over terms drawn from the stored cases
-- (names, surnames, emails, postcodes, references, topics and street names).
package.path = os.getenv("BENCH_WRK_DIR") .. "/?.lua;" .. package.path
local report = require("report")

local paths = {}
local headers = {["Authorization"] = "Bearer " .. (os.getenv("BENCH_TOKEN") or ""), ["Accept"] = "application/json"}

function init(args)
  math.randomseed(os.time() + math.floor(os.clock() * 1e6))
  for term in io.lines(os.getenv("BENCH_TERMS")) do
    paths[#paths + 1] = "/api/v1/feedback?size=20&q=" .. report.urlencode(term)
  end
end

function request()
  return wrk.format("GET", paths[math.random(#paths)], headers)
end

done = report.done
