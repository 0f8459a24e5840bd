curl -F 'text=<files/notes.txt' -F 'pdf=<files/report.pdf' http://{{HOST}}/upload
