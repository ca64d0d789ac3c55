/** Inline code blocks with the language a reader would name; written for these tests. */
export const CASES: readonly (readonly [string, string, string])[] = [
  // bash
  ['one-line docker command', 'docker network create my_network', 'bash'],
  ['one-line kubectl', 'kubectl get pods -n kube-system', 'bash'],
  ['npm install', 'npm install --save-dev vitest', 'bash'],
  ['apt with sudo', 'sudo apt-get update\nsudo apt-get install -y nginx', 'bash'],
  ['git sequence', 'git init\ngit add .\ngit commit -m "first commit"\ngit push origin main', 'bash'],
  ['cd and pip', 'cd my-project\npip install -r requirements.txt', 'bash'],
  ['curl pipe', 'curl -fsSL https://example.com/install.sh | sh', 'bash'],
  ['prompted commands', '$ npm run build\n$ npm test', 'bash'],
  [
    'script with shebang',
    '#!/bin/bash\nset -euo pipefail\nfor f in *.log; do\n  gzip "$f"\ndone\necho "done"',
    'bash',
  ],
  [
    'seed: docker commands',
    'docker network create my_network\ndocker run -d --name sample-app --network my_network laxmi/sample-app:v1.0\ndocker run -d --name my-db --network my_network -e MYSQL_ROOT_PASSWORD=root mysql:latest',
    'bash',
  ],
  ['continued command', 'docker run -d \\\n  -p 8080:80 \\\n  --name web \\\n  nginx:alpine', 'bash'],
  // shell session
  ['session with output', '$ node --version\nv20.11.1\n$ npm --version\n10.2.4', 'shell-session'],
  [
    'user@host prompt with output',
    'user@server:~$ ls -la\ntotal 8\ndrwxr-xr-x 2 user user 4096 Jan 1 10:00 .\nuser@server:~$ whoami\nuser',
    'shell-session',
  ],
  // dockerfile
  [
    'seed: multi-stage Dockerfile with a broken comment',
    ' Builder stage\nFROM python:3.9 as builder\nWORKDIR /app\nCOPY . .\nRUN pip install --no-cache-dir -r requirements.txt --target=/app/deps\n\n\n# Final stage\nFROM python:3.9-slim\nWORKDIR /app\nCOPY --from=builder /app/deps /app/deps\nCOPY --from=builder /app .\nEXPOSE 80\nCMD ["python", "app.py"]',
    'dockerfile',
  ],
  [
    'node Dockerfile',
    'FROM node:20-alpine\nWORKDIR /usr/src/app\nCOPY package*.json ./\nRUN npm ci\nCOPY . .\nCMD ["node", "server.js"]',
    'dockerfile',
  ],
  [
    'Dockerfile with ENV',
    'FROM ubuntu:22.04\nENV DEBIAN_FRONTEND=noninteractive\nRUN apt-get update && apt-get install -y curl\nENTRYPOINT ["curl"]',
    'dockerfile',
  ],
  // yaml
  [
    'seed: indented compose fragment',
    '  flaskapp:\n    build:\n      context: .\n    container_name: flaskapp\n    environment:\n      MYSQL_USER: admin\n      MYSQL_PASSWORD: admin \n      MYSQL_ROOT_PASSWORD: admin\n      MYSQL_DATABASE: tws_db\n      MYSQL_HOST: mysql\n    networks:\n      - two_tier\n    ports:\n      - "5000:5000"\n    depends_on:\n      mysql:\n        condition: service_healthy\n    restart: always',
    'yaml',
  ],
  [
    'Kubernetes deployment',
    'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: 2\n  template:\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.25',
    'yaml',
  ],
  [
    'GitHub Actions workflow',
    'name: CI\non:\n  push:\n    branches: [main]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: npm test',
    'yaml',
  ],
  [
    'compose file',
    'version: "3.8"\nservices:\n  db:\n    image: postgres:16\n    ports:\n      - "5432:5432"',
    'yaml',
  ],
  // json
  ['JSON object', '{\n  "name": "demo",\n  "version": "1.0.0",\n  "private": true\n}', 'json'],
  ['JSON array', '[\n  { "id": 1, "tags": ["a", "b"] },\n  { "id": 2, "tags": [] }\n]', 'json'],
  [
    'JSON with a trailing comma',
    '{\n  "compilerOptions": {\n    "strict": true,\n    "target": "es2022",\n  }\n}',
    'json',
  ],
  // python
  ['python one-line def', "def hello(): print('hi')\n\nhello()", 'python'],
  [
    'python with an HTML string',
    'def page(title):\n    html = """<!DOCTYPE html>\n<html>\n<head><title>x</title></head>\n<body><div class="a"></div></body>\n</html>"""\n    return html',
    'python',
  ],
  ['python function', 'def greet(name):\n    return f"Hello, {name}"\n\nprint(greet("world"))', 'python'],
  ['python imports', 'import os\nfrom pathlib import Path\n\nroot = Path(os.getcwd())', 'python'],
  [
    'python class',
    'class Stack:\n    def __init__(self):\n        self.items = []\n\n    def push(self, item):\n        self.items.append(item)',
    'python',
  ],
  ['python REPL', '>>> x = [1, 2, 3]\n>>> sum(x)\n6', 'python'],
  // javascript
  [
    'JS object literal (not JSON)',
    "const config = {\n  port: 3000,\n  host: 'localhost',\n};\nmodule.exports = config;",
    'javascript',
  ],
  [
    'express server',
    "const express = require('express');\nconst app = express();\n\napp.get('/', (req, res) => {\n  res.send('ok');\n});\n\napp.listen(3000);",
    'javascript',
  ],
  [
    'ES module',
    "import fs from 'node:fs';\n\nexport function read(p) {\n  return fs.readFileSync(p, 'utf8');\n}",
    'javascript',
  ],
  [
    'DOM script',
    "const btn = document.querySelector('#go');\nbtn.addEventListener('click', () => {\n  console.log('clicked');\n});",
    'javascript',
  ],
  // typescript
  [
    'Angular component with an inline template',
    "import { Component } from '@angular/core';\n\n@Component({\n  selector: 'app-list',\n  template: `\n    <ul>\n      <li *ngFor=\"let item of items\">{{ item }}</li>\n    </ul>\n  `,\n})\nexport class ListComponent {\n  items: string[] = [];\n}",
    'typescript',
  ],
  [
    'TS interface',
    'interface User {\n  id: number;\n  name: string;\n}\n\nconst users: User[] = [];',
    'typescript',
  ],
  [
    'TS function with types',
    'export async function load(id: string): Promise<User> {\n  const res = await fetch(`/api/${id}`);\n  return res.json();\n}',
    'typescript',
  ],
  [
    'TS function whose only types are its return types',
    'async function fetchTitle(url) : Promise<string> {\n  const res = await fetch(url);\n  return res.text();\n}\n\nfunction parse(raw) : Settings {\n  return JSON.parse(raw);\n}',
    'typescript',
  ],
  [
    'Python handler with type hints',
    'from fastapi import FastAPI, Request\n\napp = FastAPI()\n\n@app.get("/health")\nasync def health(request: Request) -> dict:\n    return {"ok": True}',
    'python',
  ],
  [
    'Express handler with typed parameters',
    "import express from 'express';\n\nconst app = express();\n\napp.get('/health', handler);\n\nfunction handler(req: Request, res: Response) {\n  res.send('ok');\n}",
    'typescript',
  ],
  [
    'TS type alias',
    "type Status = 'open' | 'closed';\nlet s: Status = 'open';\nconsole.log(s);",
    'typescript',
  ],
  // jsx / tsx
  ['JSX fragment without statements', '<div className="menu">\n  <p>One</p>\n  <p>Two</p>\n</div>', 'jsx'],
  [
    'React component',
    'import { useState } from \'react\';\n\nexport default function Counter() {\n  const [n, setN] = useState(0);\n  return (\n    <button className="btn" onClick={() => setN(n + 1)}>\n      {n}\n    </button>\n  );\n}',
    'jsx',
  ],
  [
    'typed React component',
    'interface Props {\n  title: string;\n}\n\nexport function Header({ title }: Props) {\n  return (\n    <header className="top">\n      <Logo size={32} />\n      <h1>{title}</h1>\n    </header>\n  );\n}',
    'tsx',
  ],
  // go
  ['go program', 'package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println("hello")\n}', 'go'],
  ['go error handling', 'f, err := os.Open(path)\nif err != nil {\n\treturn err\n}\ndefer f.Close()', 'go'],
  [
    'go struct',
    'type Server struct {\n\tAddr string\n}\n\nfunc (s *Server) Start() error {\n\treturn nil\n}',
    'go',
  ],
  // java
  [
    'java main',
    'public class Hello {\n    public static void main(String[] args) {\n        System.out.println("Hello");\n    }\n}',
    'java',
  ],
  [
    'spring controller',
    'import org.springframework.web.bind.annotation.GetMapping;\n\n@RestController\npublic class PingController {\n    @GetMapping("/ping")\n    public String ping() {\n        return "pong";\n    }\n}',
    'java',
  ],
  // rust
  [
    'rust main',
    'fn main() {\n    let mut v = Vec::new();\n    v.push(1);\n    println!("{:?}", v);\n}',
    'rust',
  ],
  [
    'rust struct impl',
    'use std::fmt;\n\n#[derive(Debug)]\nstruct Point { x: i32, y: i32 }\n\nimpl Point {\n    pub fn new(x: i32, y: i32) -> Self {\n        Point { x, y }\n    }\n}',
    'rust',
  ],
  // c / cpp
  ['C hello', '#include <stdio.h>\n\nint main(void) {\n    printf("hi\\n");\n    return 0;\n}', 'c'],
  [
    'C malloc',
    '#include <stdlib.h>\n\nint *make(int n) {\n    int *p = malloc(n * sizeof(int));\n    return p;\n}',
    'c',
  ],
  [
    'C++ hello',
    '#include <iostream>\n\nint main() {\n    std::cout << "hi" << std::endl;\n    return 0;\n}',
    'cpp',
  ],
  ['C++ vector', '#include <vector>\nusing namespace std;\n\nvector<int> v = {1, 2, 3};', 'cpp'],
  // csharp
  [
    'C# console',
    'using System;\n\nnamespace Demo\n{\n    class Program\n    {\n        static void Main(string[] args)\n        {\n            Console.WriteLine("Hello");\n        }\n    }\n}',
    'csharp',
  ],
  [
    'C# properties',
    'public class Person\n{\n    public string Name { get; set; }\n    public int Age { get; set; }\n}',
    'csharp',
  ],
  [
    'ASP.NET minimal API',
    'var builder = WebApplication.CreateBuilder(args);\nbuilder.Services.AddControllers();\nvar app = builder.Build();\napp.MapGet("/", () => "Hello");\napp.Run();',
    'csharp',
  ],
  [
    'LINQ query syntax',
    'var adults = from p in people\n             where p.Age >= 18\n             select p;',
    'csharp',
  ],
  // php
  ['php script', '<?php\n$name = "world";\necho "Hello $name";', 'php'],
  [
    'php class',
    'namespace App\\Http\\Controllers;\n\nclass UserController extends Controller\n{\n    public function show($id)\n    {\n        return $this->repo->find($id);\n    }\n}',
    'php',
  ],
  // ruby
  ['ruby method', 'def greet(name)\n  puts "Hello #{name}"\nend\n\ngreet("world")', 'ruby'],
  ['ruby class', "require 'json'\n\nclass Cat < Animal\n  attr_accessor :name\nend", 'ruby'],
  // sql
  ['select', 'SELECT id, name\nFROM users\nWHERE active = 1\nORDER BY name;', 'sql'],
  [
    'create table',
    'CREATE TABLE orders (\n  id SERIAL PRIMARY KEY,\n  user_id INT NOT NULL REFERENCES users(id),\n  total DECIMAL(10, 2)\n);',
    'sql',
  ],
  ['insert', "INSERT INTO users (name, email) VALUES ('Ann', 'ann@example.com');", 'sql'],
  ['SQL whose FROM looks like a Dockerfile', 'SELECT *\nFROM orders\nWHERE total > 100;', 'sql'],
  // html / xml
  [
    'html page',
    '<!DOCTYPE html>\n<html>\n<head>\n  <title>Demo</title>\n</head>\n<body>\n  <div class="app"></div>\n</body>\n</html>',
    'html',
  ],
  [
    'html fragment',
    '<div class="card">\n  <h2>Title</h2>\n  <p>Body text</p>\n  <a href="/more">More</a>\n</div>',
    'html',
  ],
  [
    'maven pom',
    '<?xml version="1.0" encoding="UTF-8"?>\n<project xmlns="http://maven.apache.org/POM/4.0.0">\n  <groupId>com.example</groupId>\n  <artifactId>demo</artifactId>\n</project>',
    'xml',
  ],
  [
    'csproj fragment',
    '<ItemGroup>\n  <PackageReference Include="Serilog" Version="3.1.1" />\n  <PackageReference Include="Dapper" Version="2.1.24" />\n</ItemGroup>',
    'xml',
  ],
  // css / scss
  [
    'css rules',
    'body {\n  margin: 0;\n  font-family: sans-serif;\n}\n\n.btn:hover {\n  color: red;\n}',
    'css',
  ],
  ['css media', '@media (max-width: 600px) {\n  .nav {\n    display: none;\n  }\n}', 'css'],
  [
    'scss nesting',
    '$primary: #3366ff;\n\n.button {\n  color: $primary;\n  &:hover {\n    opacity: 0.8;\n  }\n}',
    'scss',
  ],
  [
    'scss mixin',
    '@mixin center {\n  display: flex;\n  align-items: center;\n}\n\n.box {\n  @include center;\n}',
    'scss',
  ],
  // ini / toml
  ['ini file', '[database]\nhost=localhost\nport=5432\n\n[cache]\nenabled=true', 'ini'],
  [
    'systemd unit',
    '[Unit]\nDescription=My service\nAfter=network.target\n\n[Service]\nExecStart=/usr/bin/node /opt/app/server.js\nRestart=always',
    'ini',
  ],
  [
    'Cargo.toml',
    '[package]\nname = "demo"\nversion = "0.1.0"\nedition = "2021"\n\n[dependencies]\nserde = { version = "1", features = ["derive"] }',
    'toml',
  ],
  [
    'pyproject',
    '[tool.poetry]\nname = "demo"\nversion = "0.1.0"\n\n[tool.poetry.dependencies]\npython = "^3.11"',
    'toml',
  ],
  // hcl
  [
    'terraform resource',
    'resource "aws_instance" "web" {\n  ami           = "ami-123456"\n  instance_type = "t3.micro"\n\n  tags = {\n    Name = "web"\n  }\n}',
    'hcl',
  ],
  [
    'terraform provider and variable',
    'provider "aws" {\n  region = var.region\n}\n\nvariable "region" {\n  default = "us-east-1"\n}',
    'hcl',
  ],
  // nginx
  [
    'nginx server block',
    'server {\n    listen 80;\n    server_name example.com;\n\n    location / {\n        proxy_pass http://localhost:3000;\n    }\n}',
    'nginx',
  ],
  // makefile
  ['makefile', '.PHONY: build test\n\nbuild:\n\tgo build ./...\n\ntest:\n\tgo test ./...', 'makefile'],
  [
    'makefile vars',
    'CC := gcc\nCFLAGS ?= -O2\n\nall: app\n\napp: main.o\n\t$(CC) $(CFLAGS) -o app main.o',
    'makefile',
  ],
  // powershell
  [
    'powershell cmdlets',
    'Get-Service | Where-Object { $_.Status -eq "Running" }\nSet-ExecutionPolicy RemoteSigned -Scope CurrentUser',
    'powershell',
  ],
  [
    'powershell vars',
    '$path = "C:\\temp"\nNew-Item -ItemType Directory -Path $path\nWrite-Host "created $path"',
    'powershell',
  ],
  // markdown
  [
    'markdown readme',
    '# Project\n\nA short description with a [link](https://example.com).\n\n## Install\n\n- run **npm install**\n- read the docs',
    'markdown',
  ],
  // diff
  [
    'git diff',
    'diff --git a/app.js b/app.js\nindex 83db48f..bf269f4 100644\n--- a/app.js\n+++ b/app.js\n@@ -1,3 +1,3 @@\n-const port = 3000;\n+const port = 8080;\n app.listen(port);',
    'diff',
  ],
  [
    'unified diff hunk',
    '--- a/config.yml\n+++ b/config.yml\n@@ -2,2 +2,2 @@\n-debug: true\n+debug: false',
    'diff',
  ],
  // graphql
  ['graphql query', 'query GetUser($id: ID!) {\n  user(id: $id) {\n    name\n    email\n  }\n}', 'graphql'],
  [
    'graphql schema',
    'type User {\n  id: ID!\n  name: String!\n  posts: [Post!]!\n}\n\ntype Query {\n  users: [User!]!\n}',
    'graphql',
  ],
  // fragments without package/class scaffolding, parser edge cases
  [
    'command piped into cmdlets',
    'Set-Location C:\\src\\app\nnpm run build --if-present | Out-File build.log',
    'powershell',
  ],
  ['export default alone', 'export default withRouter(Dashboard)', 'javascript'],
  ['for-of loop with let', 'for (let row of rows) {\n  render(row)\n}', 'javascript'],
  [
    'call opening an object literal',
    'await client.send({\n  to: user.email,\n  subject: title,\n})',
    'javascript',
  ],
  [
    'C# fluent assertions',
    'A.CallTo(() => clock.Now()).Returns(start);\nA.CallTo(() => store.Save(order)).MustHaveHappenedOnceExactly();',
    'csharp',
  ],
  [
    'C# readonly injected fields',
    'public class InvoiceService\n{\n    private readonly IInvoiceStore _store;\n    private readonly ILogger<InvoiceService> _logger;\n}',
    'csharp',
  ],
  [
    'C# foreach over var',
    "foreach (var line in lines)\n{\n    var parts = line.Split(',');\n    total += parts.Length;\n}",
    'csharp',
  ],
  [
    'Go handler with exported calls',
    'func Health(w http.ResponseWriter, r *http.Request) {\n\tif err := json.NewEncoder(w).Encode(status); err != nil {\n\t\thttp.Error(w, err.Error(), 500)\n\t}\n}',
    'go',
  ],
  ['Go loop without parentheses', 'for lo < hi {\n\tmid := lo + (hi-lo)/2\n\tlo = mid + 1\n}', 'go'],
  [
    'Python call with a sentence in its comment',
    'send_invoice("ACME")\n# Output: The invoice was sent to the billing contact.',
    'python',
  ],
  [
    'workflow whose run scripts are shell',
    'on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: |\n          npm ci\n          npm run lint\n          npm test\n          npm run build',
    'yaml',
  ],
  [
    'container args as a list scalar',
    'containers:\n  - name: wait\n    image: busybox\n    args:\n      - |\n        until nc -z db 5432; do\n          sleep 2\n        done',
    'yaml',
  ],
  ['manifest header only', 'apiVersion: batch/v1\nkind: CronJob', 'yaml'],
  ['Dockerfile FROM with an image tag', 'FROM golang:1.22-alpine', 'dockerfile'],
  [
    'Dockerfile RUN with a command chain',
    'RUN apt-get update && apt-get install -y --no-install-recommends git',
    'dockerfile',
  ],
  ['SQL sequence DDL', 'CREATE SEQUENCE invoice_no START WITH 1000;', 'sql'],
  ['SQL UPDATE with SET below', 'UPDATE accounts\nSET balance = 0;', 'sql'],
  ['T-SQL batch', 'USE shop;\nGO\nEXEC dbo.RebuildIndexes;\nGO', 'sql'],
  ['jQuery', '$(".menu").toggleClass("open")', 'javascript'],
  ['typeof check', "if (typeof window.ga !== 'undefined') track()", 'javascript'],
  ['untyped const', 'const retries = 3;', 'javascript'],
  [
    'C# static calls',
    'Log.Information("Started");\nLog.Warning("Slow start");\nFile.Delete(tempPath);',
    'csharp',
  ],
  ['bracketed prompt', '[~]$ chmod 640 notes.txt', 'bash'],
  ['sudo runs an unlisted program', 'sudo needrestart -r a', 'bash'],
  ['script run by path', './deploy.sh staging\nbin/rotate-logs.sh', 'bash'],
  ['cloud CLI', 'amplify add storage', 'bash'],
  ['Python builtin open', 'handle = open("notes.txt")\nhandle.read()\nhandle.close()', 'python'],
  ['Python trailing comment', 'ratio = 0.75\nround(ratio)  # nearest whole number', 'python'],
  ['Python snake_case target', 'max_retries = load()\nconnect(max_retries)', 'python'],
  [
    'TS decorators taking object literals (not Java annotations)',
    "@Entity({ name: 'users' })\nexport class User {\n  @Column({ nullable: false })\n  email!: string;\n}",
    'typescript',
  ],
  [
    'TS generic function',
    'function firstOf<T>(items: T[]): T | undefined {\n  return items[0];\n}',
    'typescript',
  ],
  ['TS constructor parameter property', 'constructor(private readonly store: Store) {}', 'typescript'],
  ['TS number type argument', 'const ids = new Set<number>();\nids.add(7);', 'typescript'],
  ['JS construct with new', "const queue = new Queue('mail');\nqueue.process(sendMail);", 'javascript'],
  [
    'two Kubernetes manifests separated by ---',
    'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: shop-config\n  namespace: shop\ndata:\n  LOG_LEVEL: info',
    'yaml',
  ],
  [
    'Helm template',
    'apiVersion: v1\nkind: Service\nmetadata:\n  name: {{ .Release.Name }}-api\n  labels:\n    {{- include "api.labels" . | nindent 4 }}\nspec:\n  type: {{ .Values.service.type }}\n  ports:\n    - port: {{ .Values.service.port }}\n      targetPort: http',
    'yaml',
  ],
  ['JSON members without braces', '"scripts": {\n  "build": "tsc -p .",\n  "test": "vitest run"\n}', 'json'],
  ['JSON one member', '"editor.tabSize": 2', 'json'],
  [
    'JSON with a comment line first',
    '// .vscode/settings.json\n{\n  "editor.formatOnSave": true,\n  "files.eol": "\\n"\n}',
    'json',
  ],
  [
    'C# interface on Allman braces',
    'public interface IShapeRenderer\n{\n    void Render(Shape shape);\n    bool CanRender(Shape shape);\n}',
    'csharp',
  ],
  [
    'C# local functions without modifiers',
    'async Task<int> CountAsync()\n{\n    var rows = await LoadAsync();\n    return rows.Count;\n}',
    'csharp',
  ],
  [
    'C# generic over keyword types',
    'Dictionary<string, int> stock = new Dictionary<string, int>();\nstock["pens"] = 12;\nList<int> counts = stock.Values.ToList();',
    'csharp',
  ],
  [
    'C# keyword-typed locals',
    'string title = "Report";\nbool done = false;\nobject boxed = title;',
    'csharp',
  ],
  ['C# nullable and null-coalescing', 'int? retries = null;\nint limit = retries ?? 3;', 'csharp'],
  ['C# out arguments', 'if (int.TryParse(input, out int value))\n{\n    Console.Write(value);\n}', 'csharp'],
  [
    'C# generic registration call',
    'services.AddScoped<IOrderService, OrderService>();\nservices.AddSingleton<IClock, SystemClock>();',
    'csharp',
  ],
  ['C# object initializer', 'var order = new Order\n{\n    Id = 42,\n    Customer = "Ada",\n};', 'csharp'],
  [
    'C# index ranges',
    'int[] digits = { 1, 2, 3, 4, 5 };\nint[] tail = digits[2..];\nint[] head = digits[..^2];',
    'csharp',
  ],
  [
    'C# typed locals with PascalCase calls',
    'Timer timer = new Timer();\ntimer.Interval = 500;\ntimer.Start();\ntimer.Stop();',
    'csharp',
  ],
  [
    'Java method returning a generic',
    'public List<String> names(List<User> users) {\n    return users.stream().map(User::getName).toList();\n}',
    'java',
  ],
  [
    'Java boxed generics',
    'Map<String, Integer> ages = new HashMap<>();\nages.put("ada", 36);\nboolean known = ages.containsKey("ada");',
    'java',
  ],
  [
    'Java Spring configuration',
    '@Configuration\npublic class CacheConfig {\n    @Value("${cache.ttl}")\n    private long ttl;\n}',
    'java',
  ],
  ['C pointer declarations', 'int total = 0;\nint *cursor = &total;\n*cursor = 7;', 'c'],
  ['C typedef struct', 'typedef struct\n{\n    char name[32];\n    int age;\n}\nPerson;', 'c'],
  ['Python import alias', 'import pandas as pd', 'python'],
  ['Python bare import', 'import json', 'python'],
  ['Python data-science calls', 'scores = np.array([3, 5, 8])\nplt.plot(scores)\nplt.show()', 'python'],
  ['Python None and True values', 'cache = None\nverbose = True', 'python'],
  [
    'Python statements with comments',
    '# read the config\nsettings = load_settings("app.toml")\n# connect\nclient = make_client(settings)',
    'python',
  ],
  [
    'Python keyword arguments',
    'report = build_report(rows, sort_by="date")\nreport.save(path, overwrite=False)',
    'python',
  ],
  ['MongoDB shell', 'db.orders.find({ status: "paid" })\ndb.orders.countDocuments()', 'javascript'],
  [
    'JS object-literal arguments',
    'fetch(url, { method: "POST" })\n  .then((res) => res.json())',
    'javascript',
  ],
  [
    'JS var from method calls',
    '// keep the first match\nvar items = list.filter(isActive);\nvar first = items.shift();',
    'javascript',
  ],
  [
    'unknown programs with flags',
    'trivyctl scan --severity HIGH ./app\nkubeconform --strict deploy.yaml',
    'bash',
  ],
  [
    'CI steps in YAML stay YAML',
    'steps:\n  - name: lint\n    run: |\n      golangci-lint run --timeout 5m\n  - name: scan\n    run: |\n      grype dir:. --fail-on high',
    'yaml',
  ],
];

/** Text that names no language with any certainty. */
export const ABSTAIN: readonly (readonly [string, string])[] = [
  [
    'prose paragraph',
    'This guide explains how we set up the project and why we chose these tools for the job.',
  ],
  [
    'multi-line prose',
    'First we install the dependencies.\nThen we configure the server and test it.\nFinally we deploy it to production.',
  ],
  ['single word', 'hello'],
  ['two tokens', 'foo bar'],
  ['bare assignment', 'x = 1'],
  ['bare call', 'foo()'],
  ['return statement', 'return x'],
  ['a number', '42'],
  ['a path', '/usr/local/bin'],
  ['empty', ''],
  ['whitespace', '   \n\n  '],
  ['an arrow diagram', 'Client -> Load balancer -> App servers -> Database'],
  ['flat key-value output', 'Name: demo\nStatus: Running'],
  [
    'Jenkins pipeline (Groovy is not in the set)',
    "pipeline {\n    agent any\n    stages {\n        stage('Build') {\n            steps {\n                sh 'make build'\n            }\n        }\n    }\n}",
  ],
  ['table output', 'NAME      READY   STATUS\nweb-1     1/1     Running\nweb-2     1/1     Running'],
  ['column-aligned counts', 'cat     2\ndog     2\nbird    1'],
  ['unknown command', 'scout cves laxmi/sample-app:v1.0 > scout_report.txt'],
  // undecidable between languages, or not code
  ['one Go condition line', 'if ok {'],
  ['a commented sentence alone', '# This section explains how the invoices are sent to customers.'],
  ['flat key lines', 'version: 2\nkind: full'],
  ['a FROM clause alone', 'FROM orders'],
  ['Rust or Swift let', 'let total = 3;'],
  ['a sentence about sudo', 'Sudo lets an admin run one command as root.'],
  ['camelCase calls without semicolons (Python or JavaScript)', 'handle = getHandle()\nhandle.close()'],
  ['a single typed local (C# or Java)', 'Stopwatch watch = new Stopwatch();'],
  ['config lines with a comment', '# defaults\nname = "shop"\nport = 8080'],
  ['coding-problem statement', 'Input: nums = [2, 7, 11]\nOutput: [0, 1]'],
  ['a sentence that mentions a flag', 'Run it again with -v to see more.'],
  ['a bare call', 'refresh()'],
  ['a method call statement', 'stopwatch.Start();'],
];
