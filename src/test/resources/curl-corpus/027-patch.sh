curl --request PATCH http://{{HOST}}/items/7 -d '{"done":true}' -H 'content-type: application/merge-patch+json'
