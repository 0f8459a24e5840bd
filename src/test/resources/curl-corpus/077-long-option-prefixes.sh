curl -X PUT --data-b 'abbreviated' --heade 'X-Short: yes' --user-agen 'Prefix/1' http://{{HOST}}/prefix
