-- wrk: each request asks the next search word of the list, in the URL that PATTERN gives (%s for the word).
local words = { "solidar", "migra", "refug", "verein", "shelter", "collect", "red", "casa", "netz", "assembl",
                "frauen", "droits", "housing", "border", "ports", "welcome", "labour", "feminist", "volunt", "city" }
local pattern = os.getenv("PATTERN")
local counter = 0

request = function()
    counter = counter + 1
    return wrk.format("GET", string.format(pattern, words[(counter % #words) + 1]))
end
