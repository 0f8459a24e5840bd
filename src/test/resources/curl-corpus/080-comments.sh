# fetch the user list
curl http://{{HOST}}/users  # a trailing comment
