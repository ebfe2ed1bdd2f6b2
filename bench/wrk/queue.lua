-- The work queue through the API, with a personal API token: new feedback not yet classified (status RECEIVED),
-- acknowledgements due, and the new feedback of one service area; first and second pages.
package.path = os.getenv("BENCH_WRK_DIR") .. "/?.lua;" .. package.path
local report = require("report")

local headers = {["Authorization"] = "Bearer " .. (os.getenv("BENCH_TOKEN") or ""), ["Accept"] = "application/json"}
local paths = {}

function init(args)
  math.randomseed(os.time() + math.floor(os.clock() * 1e6))
  local tomorrow = os.date("!%Y-%m-%d", os.time() + 86400)
  paths = {
    "/api/v1/feedback?status=RECEIVED&size=20",
    "/api/v1/feedback?status=RECEIVED&size=20&page=1",
    "/api/v1/feedback?dueBefore=" .. tomorrow .. "&size=20",
    "/api/v1/feedback?status=RECEIVED&serviceArea=highways&size=20",
    "/api/v1/feedback?status=IN_PROGRESS&serviceArea=waste&size=20",
  }
end

function request()
  return wrk.format("GET", paths[math.random(#paths)], headers)
end

done = report.done
