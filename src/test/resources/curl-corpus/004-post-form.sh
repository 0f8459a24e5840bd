curl -d 'name=Emma&age=28' http://{{HOST}}/employees
