curl -X PURGE http://{{HOST}}/cache
