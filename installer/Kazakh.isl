; Kazakh (Қазақша) messages for Inno Setup 6, written for kzseats: Inno Setup ships no Kazakh file.
; kzseats.iss loads it after Default.isl ("compiler:Default.isl,Kazakh.isl"), so a message missing here
; shows in English rather than stopping the build. Saved as UTF-8 with a byte-order mark, as Inno needs.

[LangOptions]
LanguageName=Қазақша
LanguageID=$043F
LanguageCodePage=0

[Messages]
SetupAppTitle=Орнату
SetupWindowTitle=Орнату — %1
UninstallAppTitle=Жою
UninstallAppFullTitle=%1 бағдарламасын жою
SelectLanguageTitle=Орнату тілін таңдаңыз
SelectLanguageLabel=Орнату кезінде қолданылатын тілді таңдаңыз.
ButtonBack=< &Артқа
ButtonNext=&Келесі >
ButtonInstall=&Орнату
ButtonOK=OK
ButtonCancel=Бас тарту
ButtonYes=&Иә
ButtonYesToAll=Бәріне и&ә
ButtonNo=&Жоқ
ButtonNoToAll=Бәріне ж&оқ
ButtonFinish=&Аяқтау
ButtonBrowse=&Шолу...
ButtonWizardBrowse=Ш&олу...
ButtonNewFolder=&Жаңа қалта жасау
ClickNext=Жалғастыру үшін «Келесі», орнатудан шығу үшін «Бас тарту» түймесін басыңыз.
BrowseDialogTitle=Қалтаны таңдау
BrowseDialogLabel=Тізімнен қалтаны таңдап, OK түймесін басыңыз.
NewFolderName=Жаңа қалта
WelcomeLabel1=[name] орнату шеберіне қош келдіңіз
WelcomeLabel2=Компьютеріңізге [name/ver] орнатылады.%n%nЖалғастырмас бұрын басқа бағдарламалардың бәрін жабу ұсынылады.
WizardLicense=Лицензиялық келісім
LicenseLabel=Жалғастырмас бұрын мына маңызды ақпаратты оқып шығыңыз.
LicenseLabel3=Лицензиялық келісімді оқыңыз. Орнатуды жалғастыру үшін оның шарттарын қабылдауыңыз керек.
LicenseAccepted=Келісімді &қабылдаймын
LicenseNotAccepted=Келісімді қ&абылдамаймын
WizardSelectDir=Орнату қалтасын таңдау
SelectDirDesc=[name] қай жерге орнатылсын?
SelectDirLabel3=[name] мына қалтаға орнатылады.
SelectDirBrowseLabel=Жалғастыру үшін «Келесі» түймесін басыңыз. Басқа қалтаны таңдау үшін «Шолу» түймесін басыңыз.
DiskSpaceGBLabel=Дискіде кемінде [gb] ГБ бос орын қажет.
DiskSpaceMBLabel=Дискіде кемінде [mb] МБ бос орын қажет.
WizardSelectTasks=Қосымша тапсырмаларды таңдау
SelectTasksDesc=Қандай қосымша тапсырмалар орындалсын?
SelectTasksLabel2=[name] орнату кезінде орындалатын қосымша тапсырмаларды таңдап, «Келесі» түймесін басыңыз.
WizardReady=Орнатуға дайын
ReadyLabel1=[name] бағдарламасын компьютеріңізге орнатуға бәрі дайын.
ReadyLabel2a=Орнатуды бастау үшін «Орнату», баптауларды қарап шығу не өзгерту үшін «Артқа» түймесін басыңыз.
ReadyLabel2b=Орнатуды бастау үшін «Орнату» түймесін басыңыз.
ReadyMemoDir=Орнату қалтасы:
ReadyMemoTasks=Қосымша тапсырмалар:
WizardPreparing=Орнатуға дайындық
WizardInstalling=Орнату
InstallingLabel=[name] компьютеріңізге орнатылып жатыр, күте тұрыңыз.
FinishedHeadingLabel=[name] орнату шебері жұмысын аяқтады
FinishedLabelNoIcons=[name] компьютеріңізге орнатылды.
FinishedLabel=[name] компьютеріңізге орнатылды. Бағдарламаны орнатылған белгішелер арқылы іске қосуға болады.
ClickFinish=Орнатудан шығу үшін «Аяқтау» түймесін басыңыз.
ExitSetupTitle=Орнатудан шығу
ExitSetupMessage=Орнату аяқталған жоқ. Қазір шықсаңыз, бағдарлама орнатылмайды.%n%nОрнатуды кейін қайта іске қосып аяқтауға болады.%n%nОрнатудан шығасыз ба?
ConfirmUninstall=%1 бағдарламасын барлық құрамдас бөліктерімен бірге толық жоясыз ба?
UninstallStatusLabel=%1 компьютеріңізден жойылып жатыр, күте тұрыңыз.
UninstalledAll=%1 компьютеріңізден сәтті жойылды.
StatusUninstalling=%1 жойылуда...
PrivilegesRequiredOverrideTitle=Орнату режимін таңдау
PrivilegesRequiredOverrideInstruction=Орнату режимін таңдаңыз
PrivilegesRequiredOverrideText1=%1 бағдарламасын барлық пайдаланушыларға (әкімші құқықтары қажет) немесе тек өзіңізге орнатуға болады.
PrivilegesRequiredOverrideText2=%1 бағдарламасын тек өзіңізге немесе барлық пайдаланушыларға (әкімші құқықтары қажет) орнатуға болады.
PrivilegesRequiredOverrideAllUsers=&Барлық пайдаланушыларға орнату
PrivilegesRequiredOverrideAllUsersRecommended=&Барлық пайдаланушыларға орнату (ұсынылады)
PrivilegesRequiredOverrideCurrentUser=Тек &өзіме орнату
PrivilegesRequiredOverrideCurrentUserRecommended=Тек &өзіме орнату (ұсынылады)

[CustomMessages]
CreateDesktopIcon=Жұмыс үстелінде &белгіше жасау
AdditionalIcons=Қосымша белгішелер:
LaunchProgram=%1 іске қосу
UninstallProgram=%1 жою
NameAndVersion=%1, нұсқа %2
