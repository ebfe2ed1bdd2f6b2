-- POST /api/v1/feedback: online submissions as the public form sends them, each acknowledged by email.
package.path = os.getenv("BENCH_WRK_DIR") .. "/?.lua;" .. package.path
local report = require("report")

local topics = {"The streetlight outside %d Mill Road has been out for three weeks.",
  "The pothole on %d Station Road damaged my tyre and nobody has replied to my report.",
  "Thank you to the library staff in Ely for helping my son with %d books.",
  "The bin at %d Church Lane was missed again this week, the fourth time since September.",
  "Please put a bench at the bus stop by %d High Street; older residents have nowhere to sit."}
local names = {"Sam Smith", "Alex Jones", "Priya Patel", "Chris Taylor", "Ann Wright", "Kofi Okafor", "Jo Brown"}

function init(args)
  math.randomseed(os.time() + math.floor(os.clock() * 1e6))
end

-- Each submission from one of 150,000 people (a name and a numbered email address), so that most are new
-- and some come back, as on a real busy day; a handful of repeated addresses would make every submission a repeat.
function request()
  local i = math.random(150000)
  local name = names[(i % #names) + 1]
  local email = string.lower(string.gsub(name, " ", ".")) .. i .. "@example.org"
  local body = string.format('{"type":"COMPLAINT","serviceArea":"highways","description":"%s",'
    .. '"desiredOutcome":"Please fix it.","contact":{"name":"%s","email":"%s"}}',
    string.format(topics[(i % #topics) + 1], i % 200 + 1), name, email)
  return wrk.format("POST", "/api/v1/feedback",
    {["Content-Type"] = "application/json", ["Accept"] = "application/json"}, body)
end

done = report.done
