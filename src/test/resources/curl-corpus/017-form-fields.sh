curl -F name=Emma -F 'age=28' http://{{HOST}}/form
