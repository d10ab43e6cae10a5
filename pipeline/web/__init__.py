"""`vanban serve`: the web app and the HTTP API (FastAPI on uvicorn, Jinja2 templates, no CDN).

app.py builds the application, api.py is the /v1 API, ui.py the HTML pages, pool.py the bounded
pool of parser processes. Templates and static files ship inside this package.
"""
