curl -H 'Content-Type: application/xml' --data @files/payload.xml http://{{HOST}}/xml
