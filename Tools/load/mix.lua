-- Well-formed questions, in turn: what a partner site and the directory page ask.
local paths = {
  "/v1/entities?q=migra",
  "/v1/entities?kind=organization&limit=50",
  "/v1/who?on=migration&in=Mexico%20City",
  "/v1/near?place=Brussels&km=300",
  "/v1/connections?from=CETRI&to=Red%20Jur%C3%ADdica%20Migrante&skip_themes=true",
  "/v1/convergences?by=themes&themes=migration&themes=anti-fascism",
  "/v1/entities/24",
  "/v1/export.geojson",
  "/",
  "/assets/app.js",
}
local counter = 0

request = function()
  counter = counter + 1
  return wrk.format("GET", paths[(counter % #paths) + 1])
end
