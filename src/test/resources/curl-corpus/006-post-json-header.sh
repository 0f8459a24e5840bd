curl -X POST http://{{HOST}}/api -H 'Content-Type: application/json' -d '{"name":"Emma","tags":["a","b"]}'
