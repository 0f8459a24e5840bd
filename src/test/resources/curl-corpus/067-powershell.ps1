curl.exe -X POST "http://{{HOST}}/ps" `
  -H 'Content-Type: application/json' `
  -d '{"a":"it''s"}'
