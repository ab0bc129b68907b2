namespace TenantGraph.Core.DataModel;

/// <summary>
/// The JupiterOne data-model classes the Microsoft integrations use (data model 0.62, with the 0.64 additions
/// noted in sdk-spec §2.3), as a compact table: <c>Class : Parent | required … | property:type …</c>.
/// Types: string, number, integer, bool, uri, email, ip, ipv4, ipv6, cidr (IPv4), mac, hostname, cve, or enum(a,b,c);
/// a trailing <c>[]</c> makes an array, <c>?</c> allows null, and <c>a|b</c> accepts either. A class's own
/// required names may only name properties it or its parents declare.
/// </summary>
internal static class DataModelClasses
{
    internal const string Table = """
        GraphObject : - | _key _type _class | _key:string _type:string
        Entity : GraphObject | name displayName | id:string|string[] name:string displayName:string summary:string description:string classification:string? criticality:integer risk:integer trust:integer complianceStatus:number status:string active:bool public:bool validated:bool temporary:bool trusted:bool createdOn:number updatedOn:number deletedOn:number discoveredOn:number expiresOn:number createdBy:string updatedBy:string deletedBy:string discoveredBy:string webLink:uri owner:string tags:string[] notes:string[]
        RecordEntity : GraphObject | name displayName | id:string|string[] name:string displayName:string summary:string description:string classification:string category:string content:string reporter:string exceptionReason:string webLink:uri open:bool public:bool production:bool approved:bool exception:bool approvedOn:number reportedOn:number createdOn:number updatedOn:number approvers:string[]
        Account : Entity | vendor | accessURL:uri mfaEnabled:bool vendor:string
        User : Entity | firstName lastName email shortLoginId username | username:string[]? email:email[]? emailDomain:string[]? shortLoginId:string[]? mfaEnabled:bool isMfaEnabled:bool mfaType:string active:bool isActive:bool firstName:string? lastName:string? passwordChangedOn:number employeeId:string userIds:string[] isAdmin:bool isPerson:bool isGuest:bool
        UserGroup : Entity | - | email:email
        Group : Entity | - | -
        Device : Entity | category ipv4Addresses ipv6Addresses macAddresses publicIpAddresses privateIpAddresses hostname fqdn serial deviceId lastSeenOn make model osName osType osDetails osVersion | category:string? ipv4Addresses:ipv4[]? ipv6Addresses:ipv6[]? macAddresses:mac[]? publicIpAddresses:ip[]? privateIpAddresses:ip[]? hostname:hostname? fqdn:string[]? serial:string? deviceId:string[]? lastSeenOn:integer? make:string? model:string? osName:string? osType:enum(darwin,linux,unix,windows,android,ios,chromeos,legacy,embedded,other)? osDetails:string? osVersion:string? status:enum(assigned,archived,decommissioned,defective,deployed,disposed,locked,lost/stolen,pending,ready,unknown,other)? version:string hardwareVendor:string hardwareModel:string hardwareVersion:string hardwareSerial:string location:string userEmails:email[] cost:number value:number screenLockTimeout:number BYOD:bool autoSecurityPatchEnabled:bool autoSystemPatchEnabled:bool encrypted:bool malwareProtected:bool firewallEnabled:bool remoteAccessEnabled:bool screenLockEnabled:bool assetTag:string[] public:bool?
        Host : Entity | category ipv4Addresses ipv6Addresses macAddresses publicIpAddresses privateIpAddresses hostname fqdn serial deviceId lastSeenOn make model osName osType osDetails osVersion | category:string? ipv4Addresses:ipv4[]? ipv6Addresses:ipv6[]? macAddresses:mac[]? publicIpAddresses:ip[]? privateIpAddresses:ip[]? hostname:hostname? fqdn:string[]? serial:string? deviceId:string[]? lastSeenOn:integer? make:string? model:string? osName:string? osType:enum(darwin,linux,unix,windows,android,ios,chromeos,legacy,embedded,other)? osDetails:string? osVersion:string? status:enum(assigned,archived,decommissioned,defective,deployed,disposed,locked,lost/stolen,pending,ready,unknown,other)? public:bool?
        HostAgent : Entity | function lastSeenOn | function:enum(endpoint-compliance,endpoint-configuration,endpoint-protection,anti-malware,DLP,FIM,host-firewall,HIDS,log-monitor,activity-monitor,vulnerability-detection,container-security,other)[] lastSeenOn:number?
        Application : Entity | - | COTS:bool FOSS:bool SaaS:bool external:bool mobile:bool license:string licenseURL:uri productionURL:uri stagingURL:uri devURL:uri testURL:uri alternateURLs:string[]
        ApplicationEndpoint : Entity | address | address:string?
        Configuration : Entity | - | -
        ControlPolicy : Entity | - | category:enum(compliance,config,password,other) rules:string[] content:string
        AccessPolicy : Entity | - | admin:bool rules:string[] content:string
        AccessRole : Entity | - | superAdmin:bool systemRole:bool privilegeServiceIds:string[] privilegeNames:string[]
        Finding : RecordEntity | category severity numericSeverity open | category:string?|string[] assessment:string? status:string? severity:string? priority:string? vector:string? recommendation:string? numericSeverity:number? score:number? exploitability:number? impact:string?|number stepsToReproduce:string[]? targets:string[]? targetDetails:string[]? references:string[]? remediationSLA:integer? blocksProduction:bool? open:bool? production:bool? public:bool? validated:bool? remediationActions:string?
        Vulnerability : RecordEntity | open | category:string? severity:string? status:string priority:string vector:string score:number impact:number exploitability:number impacts:string[] references:string[] remediationSLA:integer blocking:bool? open:bool? production:bool? public:bool? validated:bool cveId:cve?
        Service : Entity | category function | category:string[] function:string[] endpoints:string[] fedrampModerate:bool hipaaEligible:bool
        Gateway : Entity | category function public | category:enum(network,application,data,other)[] function:enum(routing,nat,api-gateway,content-filtering,content-distribution,load-balancing,firewall,ssl-termination,reverse-proxy,remote-access-gateway,application-protection,intrusion-detection,intrusion-prevention,mail-filtering,malware-protection,other)[] public:bool
        DataStore : Entity | classification encrypted | location:string encryptionAlgorithm:string encryptionKeyRef:string encryptionRequired:bool public:bool hasBackup:bool encrypted:bool? retentionPeriodDays:number
        Disk : DataStore | - | -
        Database : Entity | - | location:string encryptionRequired:bool encrypted:bool?
        Network : Entity | CIDR public internal | environment:string CIDR:cidr? CIDRv6:ipv6 public:bool? internal:bool? wireless:bool
        Firewall : Entity | category | category:enum(network,host,application,other)[] isStateful:bool
        IpAddress : Entity | ipAddress | ipAddress:ip publicIpAddress:ip privateIpAddress:ip dnsName:hostname ipVersion:integer
        NetworkInterface : Entity | - | macAddress:string? dnsName:hostname ipAddress:ip publicIpAddress:ip privateIpAddress:ip ipVersion:integer
        Certificate : Entity | - | -
        Cluster : Entity | - | -
        Container : Entity | - | image:string dockerVersion:string
        Image : Entity | - | -
        Queue : Entity | - | priority:number
        Subscription : Entity | - | authenticated:bool pending:bool
        DomainZone : Entity | domainName | domainName:string parent:string recordsCount:number
        DomainRecord : Entity | type TTL | type:enum(A,AAAA,ALIAS,CAA,CERT,CNAME,DNSKEY,DS,LOC,MX,NX,NS,NAPTR,PTR,SMIMEA,SOA,SPF,SRV,SSHFP,TLSA,TXT,URI) TTL:number value:string|string[]
        Assessment : Entity | category summary internal | category:string summary:string assessor:string internal:bool startedOn:number completedOn:number reportURL:uri assessors:string[]
        Process : Entity | - | state:string
        Resource : Entity | - | -
        Person : Entity | firstName lastName email | firstName:string lastName:string middleName:string title:string address:string employeeId:string employeeType:string manager:string managerId:string email:email[] emailDomain:string[] phone:string[] userIds:string[] managerEmail:email backgroundCheckedOn:number backgroundCheckedBy:string
        Key : Entity | - | fingerprint:string material:string usage:string
        CryptoKey : Key | - | -
        AccessKey : Key | - | -
        Secret : Entity | - | -
        Vault : Entity | name | name:string
        Function : Entity | - | image:string version:string runtime:string memorySize:string codeSize:string codeHash:string trigger:string handler:string
        Workload : Entity | - | image:string fqdn:string
        Organization : Entity | - | website:uri emailDomain:string external:bool
        Directory : Entity | - | type:string parent:string directoryServers:string[] domainControllers:string[]
        Domain : Entity | domainName | domainName:string registrar:string nameservers:string[] contactEmails:string[] autoRenew:bool locked:bool
        """;
}
